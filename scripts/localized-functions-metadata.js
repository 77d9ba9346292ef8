/**
 * Chinese custom-function metadata (functions.zh-cn.json), generated from the English functions.json
 * that custom-functions-metadata-plugin writes and one translation table
 * (src/functions/translations.zh-CN.json). Ids AND function names stay English: Chinese Excel (and
 * WPS) keep English names for Excel's own functions (SUM, VLOOKUP), and an English name written
 * through range.formulas has shown #NAME? after a UI-language switch when a localized custom-function
 * name existed (OfficeDev/office-js#891). So only the descriptions and the parameters' names and help
 * (tooltips, never part of a formula) are translated. The manifest points zh-CN Excel at the
 * generated file with a bt:Override of Functions.Metadata.Url.
 */
const { sources } = require("webpack");

/** Throws unless every function and parameter has exactly one translation, so none is forgotten. */
function localizeFunctionsMetadata(metadata, translations) {
  const ids = new Set(metadata.functions.map((f) => f.id));
  const extra = Object.keys(translations).filter((id) => !ids.has(id));
  if (extra.length > 0) throw new Error(`Translations for functions that do not exist: ${extra.join(", ")}`);
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const translation = translations[fn.id];
      if (!translation) throw new Error(`No zh-CN translation for function ${fn.id}`);
      if ("name" in translation) {
        throw new Error(`${fn.id}: function names are not translated (they stay English in every language)`);
      }
      const names = new Set(fn.parameters.map((p) => p.name));
      const extraParameters = Object.keys(translation.parameters ?? {}).filter((name) => !names.has(name));
      if (extraParameters.length > 0) {
        throw new Error(`${fn.id}: translations for unknown parameters ${extraParameters.join(", ")}`);
      }
      return {
        ...fn,
        description: translation.description,
        parameters: fn.parameters.map((parameter) => {
          const text = translation.parameters?.[parameter.name];
          if (!text) throw new Error(`No zh-CN translation for ${fn.id} parameter ${parameter.name}`);
          return { ...parameter, name: text.name, description: text.description };
        }),
      };
    }),
  };
}

/** Emits `output` next to the English metadata asset, in the same compilation. */
class LocalizedFunctionsMetadataPlugin {
  constructor({ source = "functions.json", output, translations }) {
    this.options = { source, output, translations };
  }

  apply(compiler) {
    const name = "LocalizedFunctionsMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const english = compilation.getAsset(this.options.source);
          if (!english) return; // the metadata plugin reported its own error
          try {
            const localized = localizeFunctionsMetadata(
              JSON.parse(english.source.source().toString()),
              this.options.translations,
            );
            compilation.emitAsset(
              this.options.output,
              new sources.RawSource(JSON.stringify(localized, null, 4)),
            );
          } catch (error) {
            compilation.errors.push(new compilation.compiler.webpack.WebpackError(error.message));
          }
        },
      );
    });
  }
}

module.exports = { localizeFunctionsMetadata, LocalizedFunctionsMetadataPlugin };

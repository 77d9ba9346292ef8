/**
 * Builds the shared-runtime add-in: one page, taskpane.html, loads office.js from the Office CDN and then
 * both bundles, so the custom functions and the task pane run in the same JavaScript runtime (the
 * manifest points Taskpane.Url, the function file and the custom-functions page at it).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { X509Certificate } = require("crypto");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/localized-functions-metadata");
const { config: packageConfig } = require("./package.json");

const { ENV_VARIABLE, deploymentUrl, productionManifest } = require("./scripts/deployment-url");

const devPort = Number(process.env.npm_package_config_dev_server_port ?? packageConfig.dev_server_port);

/**
 * The dev server's TLS files, in the folder office-addin-dev-certs uses. Its getHttpsServerOptions() also
 * installs the CA, which needs admin rights (absent in containers and CI) and then throws, so the files
 * are read directly; when missing or expired they are generated with the package's generateCertificates(),
 * which installs nothing. On Windows and macOS `npm start` runs office-addin-debugging, which installs the
 * CA so that Office trusts the server.
 */
async function devServerCertificates() {
  const folder = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = {
    ca: path.join(folder, "ca.crt"),
    cert: path.join(folder, "localhost.crt"),
    key: path.join(folder, "localhost.key"),
  };
  const usable = () =>
    Object.values(files).every((file) => fs.existsSync(file)) &&
    new Date(new X509Certificate(fs.readFileSync(files.cert)).validTo) > new Date();

  if (!usable()) {
    // generateCertificates() writes nothing while ca.crt exists, so stale files go first.
    for (const file of Object.values(files)) fs.rmSync(file, { force: true });
    const { generateCertificates } = require("office-addin-dev-certs");
    await generateCertificates(files.ca, files.cert, files.key);
    console.warn(
      `New development certificates in ${folder}: browsers and Office will not trust ` +
        `https://localhost:${devPort}/ until ${files.ca} is trusted (npx office-addin-dev-certs install).`,
    );
  }
  return {
    ca: fs.readFileSync(files.ca),
    cert: fs.readFileSync(files.cert),
    key: fs.readFileSync(files.key),
  };
}

/** Writes the production build's entrypoints and chunks as JSON, for the bundle budget check. */
class BundleStatsPlugin {
  constructor(file) {
    this.file = file;
  }

  apply(compiler) {
    compiler.hooks.done.tap("BundleStatsPlugin", (stats) => {
      const json = stats.toJson({ all: false, entrypoints: true, chunks: true, outputPath: true });
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(this.file, JSON.stringify(json, null, 2));
    });
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  // Where dist/ will be hosted (README, "Deploy to your organisation"); a placeholder fails the build.
  const urlProd = production ? deploymentUrl(env.url) : undefined;
  if (production && urlProd === undefined) {
    console.warn(
      `No dist/manifest.xml: set ${ENV_VARIABLE}=https://your-server/path/ (or --env url=…) to build a manifest to deploy.`,
    );
  }

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      // Loads ./functions.ts (and so its associate calls) only where office.js defined CustomFunctions.
      functions: "./src/functions/register.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Lazy chunks (the Risk tab) by name, with a hash so a new release is never served from cache.
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `tsc --noEmit` in npm test; tsconfig says noEmit, which the loader must undo.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    plugins: [
      // Writes functions.json and appends the CustomFunctions.associate calls to functions.ts.
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      // Chinese names and help for the same function ids; the manifest's zh-CN override points at it.
      new LocalizedFunctionsMetadataPlugin({
        output: "functions.zh-cn.json",
        translations: require("./src/functions/translations.zh-CN.json"),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // As Microsoft's shared-runtime template does: the functions and the pane are scripts of the one
        // page, functions first. Deferred scripts run in document order before DOMContentLoaded, so the
        // functions are associated before the pane starts (src/functions/register.ts).
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      // The bundle budget (scripts/check-bundle-budget.mjs) reads which files each entry loads first.
      ...(production ? [new BundleStatsPlugin(path.resolve(__dirname, "build/bundle-stats.json"))] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // The manifest's SupportUrl and Get Started "learn more" link.
          { from: "src/help.html", to: "help.html" },
          // Only this one file: a manifest*.xml glob makes webpack watch the whole folder, dist included,
          // and the dev server then rebuilds in a loop. A production build writes it only with its URL.
          ...(production && urlProd === undefined
            ? []
            : [
                {
                  from: "manifest.xml",
                  to: "manifest.xml",
                  transform(content) {
                    return urlProd ? productionManifest(content.toString(), urlProd) : content;
                  },
                },
              ]),
        ],
      }),
    ],
    optimization: {
      // Both bundles run on one page, in one runtime: a single webpack runtime makes a module they both
      // import (shared state, the baseline) one instance instead of two.
      runtimeChunk: "single",
      // What both entries import (the engine, the baseline, the error texts) is written once, in a chunk
      // the page loads before either, instead of once inside each bundle.
      splitChunks: {
        cacheGroups: {
          shared: {
            name: "shared",
            chunks: "initial",
            minChunks: 2,
            enforce: true,
            reuseExistingChunk: true,
          },
        },
      },
    },
    // The bundle budget is checked separately; webpack's 244 KiB default warning is noise here.
    performance: { hints: false },
    // Only `webpack serve` needs the certificates; a build must not create files in the home folder.
    devServer: env.WEBPACK_SERVE
      ? {
          host: "localhost",
          port: devPort,
          server: { type: "https", options: await devServerCertificates() },
          headers: { "Access-Control-Allow-Origin": "*" },
          // Everything served comes from the compilation: bundles, page, assets and manifest.
          static: false,
          // https://localhost:3000/ opens the pane (the browser preview) instead of answering 404.
          devMiddleware: { index: "taskpane.html" },
        }
      : undefined,
  };
};

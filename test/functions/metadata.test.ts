import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/**
 * Golden test of what custom-functions-metadata-plugin writes to functions.json. Function ids are stored
 * in users' workbooks, so a renamed id, a dropped parameter or a changed type must fail here first.
 */
test("functions.json declares GOVCLOUD.BASELINE with its stable id and parameters", async () => {
  const result = await generateCustomFunctionsMetadata(
    path.resolve(__dirname, "../../src/functions/functions.ts"),
  );
  expect(result.errors).toEqual([]);
  expect(JSON.parse(result.metadataJson)).toEqual({
    allowCustomDataForDataTypeAny: true,
    functions: [
      {
        id: "BASELINE",
        name: "BASELINE",
        description:
          "A figure from the source article (OFweek, 2020-03-19): its value, or another field of it.",
        parameters: [
          {
            name: "key",
            description:
              'Key of the figure, for example "caict.govCloud.2021" (the task pane lists every key).',
            type: "string",
          },
          {
            name: "field",
            description: "Optional: value (default), unit, asOf, kind, qualifier, quote or label.",
            type: "string",
            optional: true,
          },
        ],
        result: {},
      },
    ],
  });
});

// office-addin-mock imports office-addin-manifest, whose ESM-only dependency chain jest cannot load.
// The mock only reads the OfficeApp enum from it (to tell Outlook from the other hosts), so this
// shim provides that enum with the package's values and nothing else.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};

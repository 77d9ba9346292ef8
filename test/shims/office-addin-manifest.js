// office-addin-mock imports office-addin-manifest only for usage data; its ESM-only dependency chain breaks jest.
module.exports = {};

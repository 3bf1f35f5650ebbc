// office-addin-manifest pulls an ES-module-only dependency that Jest on Node 20 cannot require.
module.exports = { OfficeApp: { Excel: 'excel' } };

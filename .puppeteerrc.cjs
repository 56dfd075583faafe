// The package install never downloads a browser: that fails on machines without
// general internet access. `scripts/ensure-browser.js` resolves or installs one.
module.exports = { skipDownload: true };

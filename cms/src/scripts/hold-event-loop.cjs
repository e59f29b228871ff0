// Preloaded by the CMS scripts (see package.json). Under load, tsx's module loading (esbuild runs in a
// child process whose pipes are unref'd between requests) sometimes left Node's event loop empty while
// an import was still pending, and Node quit with code 13 before the script began. A referenced timer
// keeps the loop alive; every script ends with process.exit().
setInterval(() => {}, 1 << 30)

/// <reference types="astro/client" />
// For plain `tsc` (tests import components); the Astro language server types .astro files itself.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory
  export default Component
}

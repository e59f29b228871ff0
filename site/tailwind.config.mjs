/** Colours come from CSS variables so the eye-care and high-contrast modes can swap them. */
/** @type {import('tailwindcss').Config} */
export default {
  content: ['./src/**/*.{astro,ts,html}'],
  // Tailwind's defaults block set some 50 custom properties on every element and pseudo-element (`*`), which made
  // every style recalculation of every page slower (tailwindlabs/tailwindcss#14505; test/build.test.ts checks).
  // `filter` and `transform` are words of our TypeScript (list.filter), not classes of any page.
  blocklist: ['filter', 'transform'],
  // Tailwind 3 writes that block whenever its base layer is used, needed or not; this puts the defaults on the
  // selectors of the utilities that need them (none, today). It prints "experimental features" in build logs.
  experimental: { optimizeUniversalDefaults: true },
  theme: {
    extend: {
      colors: {
        bg: 'var(--bg)',
        fg: 'var(--fg)',
        muted: 'var(--muted)',
        card: 'var(--card)',
        line: 'var(--line)',
        accent: 'var(--accent)',
        link: 'var(--link)',
        brand: 'var(--brand)',
      },
      maxWidth: { page: '72rem', prose: '42rem' },
    },
  },
  plugins: [],
}

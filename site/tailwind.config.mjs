/** Colours come from CSS variables so the eye-care and high-contrast modes can swap them. */
/** @type {import('tailwindcss').Config} */
export default {
  content: ['./src/**/*.{astro,ts,html}'],
  // `filter` and `transform` are words of our TypeScript (arr.filter), not classes of any page. As utilities they
  // brought Tailwind's defaults block: some 50 custom properties set on every element and pseudo-element (`*`),
  // which made every style recalculation of every page slower (tailwindlabs/tailwindcss#14505).
  blocklist: ['filter', 'transform'],
  // Should a utility that needs those defaults be used one day, they go on its own selectors, not on `*`.
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

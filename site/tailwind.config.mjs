/** Colours come from CSS variables so the eye-care and high-contrast modes can swap them. */
/** @type {import('tailwindcss').Config} */
export default {
  content: ['./src/**/*.{astro,ts,html}'],
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

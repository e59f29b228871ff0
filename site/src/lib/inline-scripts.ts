/**
 * The only scripts the pages carry inline (everything else is a bundled file under /_astro/). They are
 * rendered from these strings with set:html, and the Content-Security-Policy (lib/csp.ts) allows exactly
 * these strings by their SHA-256: the hash is computed from the same text the page contains, so the two
 * cannot drift apart. Edit them here; the policy follows at the next build (and docs/nginx.conf's copy of
 * the policy must follow too — site/test/csp.test.ts fails until it does).
 *
 * Inline on purpose: they must run before first paint (themeInit) or are an article page's only script
 * (readingControls; test/build.test.ts keeps article pages free of external scripts). Written in ES5:
 * they run unbundled on old phones.
 */

/** Applies remembered reading settings (font size, colour mode) before first paint: no flash of the wrong size or colour. */
export const themeInit =
  "(function(d){d.classList.add('js');try{var f=localStorage.getItem('lp-font'),t=localStorage.getItem('lp-theme');if(f)d.dataset.font=f;if(t)d.dataset.theme=t}catch(e){}})(document.documentElement)"

/** 字号 / 保护视力色 / 高对比度 / 打印: every `[data-set]` button of the page (the reading controls, the poster's print button). */
export const readingControls = `
(function () {
  var d = document.documentElement
  function sync() {
    document.querySelectorAll('[data-set]').forEach(function (b) {
      if (b.dataset.set !== 'print') b.setAttribute('aria-pressed', String((d.dataset[b.dataset.set] || '') === b.dataset.value))
    })
  }
  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('[data-set]')
    if (!b) return
    var k = b.dataset.set, v = b.dataset.value
    if (k === 'print') return window.print()
    if (k === 'theme' && d.dataset.theme === v) v = ''
    if (v) d.dataset[k] = v; else delete d.dataset[k]
    try { v ? localStorage.setItem('lp-' + k, v) : localStorage.removeItem('lp-' + k) } catch (err) {}
    sync()
  })
  sync()
})()
`

export const inlineScripts = [themeInit, readingControls]

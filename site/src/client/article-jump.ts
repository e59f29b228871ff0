/**
 * 按条文序号查看: with JS, straight to the article's page. Without JS (or for a number the law does not have),
 * the form goes on to the search, which understands 1165, 第1165条 and 一千一百六十五 as well.
 */
import { chineseToNumber } from '@lawpoint/content-types/chinese-numerals'
import { articlePath } from '@lawpoint/content-types/urls'

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-article-jump]')) {
  form.addEventListener('submit', (e) => {
    const select = form.querySelector('select')
    const law = select ? select.selectedOptions[0] : form
    const key = select ? select.value : form.dataset.law
    const last = Number(law?.dataset.last)
    const raw = (form.elements.namedItem('q') as HTMLInputElement).value.replace(/[第条\s]/g, '')
    const n = chineseToNumber(raw)
    if (key && Number.isInteger(n) && n > 0 && n <= last) {
      e.preventDefault()
      location.href = articlePath(key, n)
    }
  })
}

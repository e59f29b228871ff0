/**
 * Result pages for plain HTML form posts (JavaScript off). A static site cannot read a query string without
 * script, so the CMS renders these few pages itself, in the site's look: the receipt, the check-in code and QR,
 * the place on the waitlist, a status, or what was wrong. Every value is escaped; nothing personal is shown.
 */
import type { Payload } from 'payload'
import QRCode from 'qrcode'
import { html, Html, htmlDocument } from '../lib/html'
import { siteUrl } from '../lib/origins'
import { siteIdentity } from '../lib/siteSettings'
import { absoluteUrl, sitePages } from '@lawpoint/content-types'

export { html, Html }

// The site's colours and sizes (site/src/styles/global.css), inline: this page loads nothing else.
const style = `
body{margin:0;font:1.25rem/1.75 system-ui,'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;color:#1a1a1a;background:#fff}
header{background:#a61b1b;color:#fff;padding:.75rem 1rem}header a{color:#fff;font-weight:700;text-decoration:none;font-size:1.35rem}
main{max-width:40rem;margin:0 auto;padding:1rem}h1{font-size:1.8rem;margin:.5rem 0}a{color:#0b4a8b}
.notice{border-left:6px solid #0b4a8b;background:#f6f7f9;padding:.75rem 1rem;margin:1rem 0}.ok{border-color:#2e7d32;background:#e8f5e9}
.err{border-color:#b00020;background:#fdecee}.big-code{font-size:2.2rem;font-weight:700;letter-spacing:.15em;font-family:ui-monospace,monospace;margin:.25rem 0}
.qr{width:200px;height:200px;background:#fff;padding:.5rem}.muted{color:#4a4a4a}ul{padding-left:1.25rem}
label{display:block;font-weight:700;margin-top:.75rem}input{font:inherit;padding:.5rem;border:2px solid #4a4a4a;border-radius:4px;width:100%;max-width:16rem;box-sizing:border-box}
button,.button{display:inline-block;font:inherit;font-weight:700;min-height:48px;padding:.5rem 1.25rem;margin-top:.75rem;border:0;border-radius:6px;background:#0b4a8b;color:#fff;text-decoration:none;cursor:pointer}
:focus-visible{outline:3px solid #d35400;outline-offset:2px}
@media print{header,form,.no-print{display:none}}`

/** A whole page in the site's look, named as staff named the site. No caching, no indexing, and no Referer: the URL may carry a cancel code. */
export async function page(payload: Payload, title: string, body: Html, status = 200): Promise<Response> {
  const site = siteUrl()
  const { siteName } = await siteIdentity(payload).catch(() => ({ siteName: '' }))
  const doc = htmlDocument(
    siteName ? `${title} - ${siteName}` : title,
    style,
    html`<header><a href="${absoluteUrl(site, sitePages.home)}">${siteName || '返回网站首页'}</a></header><main id="main">${body}
<p class="no-print"><a href="${absoluteUrl(site, sitePages.home)}">返回网站首页</a></p></main>`,
  )
  return new Response(doc, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    },
  })
}

/** The check-in QR, inline so the page stands alone. */
export async function qrImage(link: string, code: string): Promise<Html> {
  const dataUrl = await QRCode.toDataURL(link, { margin: 2, errorCorrectionLevel: 'M', width: 400 })
  return html`<img class="qr" src="${dataUrl}" alt="签到二维码：${code}" width="200" height="200">`
}

/** Names of the form fields, for error lists read without the form beside them. */
const fieldNames: Record<string, string> = {
  content: '意见内容',
  name: '姓名',
  phone: '手机号码',
  identity: '身份',
  locality: '所在街道 / 村（社区）',
  consent: '隐私说明',
  attendees: '参加人数',
  note: '备注',
  consultation: '草案',
  articleNumber: '条文',
  attachment: '附件',
  altcha: '人机验证',
  receipt: '回执编号',
  phoneLast4: '手机号后四位',
  cancelCode: '取消码',
  lecture: '讲座',
  kind: '意见类别',
}

/** What went wrong with a plain form post, with the HTTP status of the refusal. */
export function errorPage(payload: Payload, status: number, message: string, errors: Record<string, string> | undefined, back: string | null): Promise<Response> {
  const items = Object.entries(errors ?? {}).map(([field, text]) => html`<li>${fieldNames[field] ?? field}：${text}</li>`)
  return page(
    payload,
    '提交未成功',
    html`<h1>提交未成功</h1><div class="notice err" role="alert"><p><strong>${message}</strong></p>${items.length ? html`<ul>${items}</ul>` : ''}</div>
<p>请点浏览器的“返回”按钮回到表单修改，您填写的内容一般仍在。${back ? html` 也可以<a href="${back}">重新打开表单</a>。` : ''}</p>`,
    status,
  )
}

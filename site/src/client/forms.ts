/**
 * Progressive enhancement for every form marked data-enhance: check fields with the messages the
 * shared schemas produced (data-msg-*), send JSON with fetch, show server field errors inline and
 * the result in place. If the server cannot be reached, keep what was typed (page + localStorage).
 */
import { solveChallenge } from './altcha'
import { errorBox, noticeBox, opinionReceipt, opinionStatus, registrationReceived, registrationResult, type RegistrationAnswer } from './results'

const OFFLINE = '暂时无法连接服务器，您填写的内容已保存在本页，请稍后再试'
type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

const draftKey = (form: HTMLFormElement) => `lp-draft:${location.pathname}#${form.id}`
const controls = (form: HTMLFormElement) =>
  [...form.elements].filter((e): e is Control => e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement || e instanceof HTMLSelectElement)
const editable = (c: Control) => c.type !== 'hidden' && c.type !== 'file' && c.tabIndex !== -1 && c.name !== 'consent'

function saveDraft(form: HTMLFormElement) {
  const data: Record<string, string | boolean> = {}
  for (const c of controls(form)) if (editable(c)) data[c.name + (c.type === 'radio' ? `=${c.value}` : '')] = c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio') ? c.checked : c.value
  try { localStorage.setItem(draftKey(form), JSON.stringify(data)) } catch { /* private mode: the page still has it */ }
}
function restoreDraft(form: HTMLFormElement): boolean {
  let data: Record<string, string | boolean> | null = null
  try { data = JSON.parse(localStorage.getItem(draftKey(form)) ?? 'null') } catch { return false }
  if (!data) return false
  for (const c of controls(form)) {
    const v = data[c.name + (c.type === 'radio' ? `=${c.value}` : '')]
    if (v === undefined || !editable(c)) continue
    if (c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio')) c.checked = v === true
    else c.value = String(v)
  }
  return true
}
const clearDraft = (form: HTMLFormElement) => { try { localStorage.removeItem(draftKey(form)) } catch { /* ignore */ } }

function statusBox(form: HTMLFormElement) {
  return form.querySelector<HTMLElement>('[data-form-status]')!
}
function say(form: HTMLFormElement, node: Node | null) {
  const box = statusBox(form)
  box.replaceChildren(...(node ? [node] : []))
  if (node) box.focus()
}

function setError(form: HTMLFormElement, name: string, message: string | null): boolean {
  const slot = form.querySelector<HTMLElement>(`[data-error-for="${name}"]`)
  const fields = controls(form).filter((c) => c.name === name)
  for (const f of fields) message ? f.setAttribute('aria-invalid', 'true') : f.removeAttribute('aria-invalid')
  if (!slot) return false
  slot.textContent = message ?? ''
  return true
}

function validate(form: HTMLFormElement): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const c of controls(form)) {
    if (!c.name || errors[c.name]) continue
    const missing = c.dataset.msgMissing ?? c.closest('fieldset')?.querySelector<HTMLElement>('[data-msg-missing]')?.dataset.msgMissing
    if (c instanceof HTMLInputElement && c.type === 'file') {
      const max = Number(c.dataset.maxBytes)
      if (c.files?.[0] && max && c.files[0].size > max) errors[c.name] = c.dataset.msgInvalid ?? ''
      continue
    }
    // tooShort only fires after the user edits, so check lengths here ourselves.
    const v = c.value.trim()
    const min = Number(c.getAttribute('minlength') ?? 0)
    if (c.validity.valueMissing || (c.required && !v && c.type !== 'checkbox' && c.type !== 'radio')) errors[c.name] = missing ?? '请填写此项'
    else if (!c.validity.valid || (min && v && v.length < min)) errors[c.name] = c.dataset.msgInvalid ?? '请检查此项'
  }
  return errors
}

function showErrors(form: HTMLFormElement, errors: Record<string, string>, message?: string) {
  const unplaced: string[] = []
  for (const [name, msg] of Object.entries(errors)) if (!setError(form, name, msg)) unplaced.push(msg)
  const count = Object.keys(errors).length
  say(form, errorBox([message ?? `有 ${count} 处需要修改，请看下面红色的提示。`, ...unplaced].join(' ')))
  const first = controls(form).find((c) => errors[c.name])
  first?.focus()
}

function payload(form: HTMLFormElement, extra: Record<string, string>): { body: BodyInit; headers: Record<string, string> } {
  const headers: Record<string, string> = { accept: 'application/json' }
  const data = new FormData(form)
  for (const [k, v] of Object.entries(extra)) data.set(k, v)
  const file = controls(form).find((c): c is HTMLInputElement => c instanceof HTMLInputElement && c.type === 'file' && !!c.files?.length)
  if (file) return { body: data, headers }
  const json: Record<string, unknown> = {}
  for (const c of controls(form)) {
    if (!c.name || (c instanceof HTMLInputElement && c.type === 'file')) continue
    if (c instanceof HTMLInputElement && c.type === 'checkbox') json[c.name] = c.checked
    else if (c instanceof HTMLInputElement && c.type === 'radio') { if (c.checked) json[c.name] = c.value }
    else json[c.name] = c.value
  }
  Object.assign(json, extra)
  headers['content-type'] = 'application/json'
  return { body: JSON.stringify(json), headers }
}

function success(form: HTMLFormElement, node: HTMLElement) {
  clearDraft(form)
  form.reset()
  for (const c of controls(form)) setError(form, c.name, null)
  say(form, node)
}

async function submit(form: HTMLFormElement) {
  const kind = form.dataset.enhance
  for (const c of controls(form)) setError(form, c.name, null)
  const errors = validate(form)
  if (Object.keys(errors).length) return showErrors(form, errors)

  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')
  button?.setAttribute('disabled', '')
  let res: Response
  try {
    if (form.method.toLowerCase() === 'get') {
      const q = new URLSearchParams(new FormData(form) as unknown as Record<string, string>)
      res = await fetch(`${form.action}?${q}`, { headers: { accept: 'application/json' } })
    } else {
      const extra: Record<string, string> = {}
      if (form.dataset.challenge) {
        const altcha = await solveChallenge(form.dataset.challenge, () => say(form, noticeBox('正在进行人机验证（在您的设备上完成，约需数秒）……')))
        if (altcha) extra.altcha = altcha
      }
      const { body, headers } = payload(form, extra)
      res = await fetch(form.action, { method: 'POST', body, headers })
    }
  } catch {
    saveDraft(form)
    return say(form, errorBox(OFFLINE))
  } finally {
    button?.removeAttribute('disabled')
  }
  const data = (await res.json().catch(() => ({}))) as Record<string, any>
  if (res.status === 400 && data.errors) return showErrors(form, data.errors, data.message)
  if (res.status >= 500) {
    saveDraft(form)
    return say(form, errorBox(data.message ? `${data.message}。您填写的内容已保存在本页。` : OFFLINE))
  }
  if (!res.ok) return say(form, errorBox(data.message ?? '提交没有成功，请稍后再试'))

  if (kind === 'opinion') success(form, opinionReceipt(String(data.receipt ?? '')))
  else if (kind === 'registration') {
    const answer = data as RegistrationAnswer
    if (answer.status === 'received') {
      // Nothing new was stored. The form stays as typed, in case the phone number was a slip.
      clearDraft(form)
      say(form, registrationReceived(form.dataset.contactPhone, Number(form.querySelector<HTMLInputElement>('input[name=attendees]')?.max) || 5))
      return
    }
    success(form, registrationResult(answer, form.dataset.cms ?? ''))
    form.querySelectorAll('.field, button').forEach((n) => n.setAttribute('hidden', ''))
  } else if (kind === 'cancel') success(form, noticeBox(data.message ?? '已取消报名。感谢告知，名额将让给候补的居民。'))
  else if (kind === 'status') say(form, opinionStatus(data, JSON.parse(form.dataset.labels ?? '{}')))
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-enhance]')) {
  form.noValidate = true
  if (restoreDraft(form)) {
    form.closest('details')?.setAttribute('open', '')
    statusBox(form).replaceChildren(noticeBox('已恢复您上次没有提交成功的内容，请检查后再次提交。'))
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    void submit(form)
  })
}

/** Tables staff download: CSV for Excel and XLSX, from one description of the columns and rows. */
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { siteIdentity } from '../lib/siteSettings'

export type Table = { title: string; columns: { header: string; width: number }[]; rows: (string | number | null)[][] }

/** CSV for Excel: BOM for the Chinese text, quotes everywhere, and no cell Excel would run as a formula. */
export function toCsv(table: Table): string {
  const cell = (v: string | number | null) => {
    let s = v === null || v === undefined ? '' : String(v)
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
    return `"${s.replaceAll('"', '""')}"`
  }
  return '\uFEFF' + [table.columns.map((c) => cell(c.header)), ...table.rows.map((r) => r.map(cell))].map((r) => r.join(',')).join('\r\n') + '\r\n'
}

async function toXlsx(table: Table, creator: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = creator
  const ws = wb.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '))
  ws.columns = table.columns.map((c) => ({ header: c.header, width: c.width }))
  ws.getRow(1).font = { bold: true }
  ws.views = [{ state: 'frozen', ySplit: 1 }]
  for (const r of table.rows) ws.addRow(r.map((v) => (v === null ? '' : v)))
  ws.eachRow((row, n) => n > 1 && (row.alignment = { wrapText: true, vertical: 'top' }))
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** The table as a download: .csv or .xlsx, named in Chinese; the workbook's author is the site's name from 网站设置. */
export async function sendTable(payload: Payload, table: Table, format: string, filename: string): Promise<Response> {
  const encoded = encodeURIComponent(`${filename}.${format}`)
  const disposition = `attachment; filename="export.${format}"; filename*=UTF-8''${encoded}`
  if (format === 'csv') return new Response(toCsv(table), { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition, 'cache-control': 'no-store' } })
  return new Response(new Uint8Array(await toXlsx(table, (await siteIdentity(payload)).siteName)), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': disposition, 'cache-control': 'no-store' },
  })
}


'use client'
import { FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

const box = { margin: 0, padding: '0.75rem', overflowX: 'auto', border: '1px solid var(--theme-elevation-150)', borderRadius: 4, background: 'var(--theme-elevation-50)', fontSize: '0.85rem', whiteSpace: 'pre-wrap' } as const

/**
 * Read-only JSON, shown as text. Payload's own JSON field loads its code editor from a CDN, which the admin's
 * CSP (and many offices' networks) block; these fields are written by the system and only read by staff.
 */
export const JsonView: JSONFieldClientComponent = ({ path, field }) => {
  const { value } = useField<unknown>({ path })
  return (
    <div className="field-type" style={{ marginBottom: '1rem' }}>
      <FieldLabel label={field.label} path={path} />
      <pre style={box}>{value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}</pre>
    </div>
  )
}

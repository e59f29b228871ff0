import type { RichTextField } from 'payload'

/** Rich text with the editor configured once in payload.config.ts. */
export const richTextField = (name: string, label: string, required = false): RichTextField => ({
  name,
  label,
  type: 'richText',
  required,
})

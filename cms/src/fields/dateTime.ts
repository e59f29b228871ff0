import type { DateField } from 'payload'

/** A date and time entered and shown in Beijing time (the admin's only time zone). */
export const dateTimeField = (
  name: string,
  label: string,
  options: Partial<Pick<DateField, 'required' | 'index' | 'validate' | 'admin' | 'defaultValue'>> = {},
): DateField => ({
  name,
  label,
  type: 'date',
  timezone: true,
  ...options,
  admin: {
    date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm', timeFormat: 'HH:mm', timeIntervals: 15 },
    ...options.admin,
  },
} as DateField)

/** A later-than check against a sibling date, for windows such as start/end. */
export const notBefore =
  (sibling: string, message: string) =>
  (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
    const other = siblingData?.[sibling]
    if (!value || !other) return true
    return new Date(value as string) >= new Date(other as string) ? true : message
  }

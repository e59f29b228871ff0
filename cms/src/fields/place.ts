import type { GroupField } from 'payload'

/** A named place with its street address: lecture venues, squares, collection points. */
export const placeField = (name: string, label: string): GroupField => ({
  name,
  label,
  type: 'group',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', label: '地点名称', type: 'text', required: true },
        { name: 'address', label: '详细地址', type: 'text' },
      ],
    },
  ],
})

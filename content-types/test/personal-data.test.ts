import { describe, expect, it } from 'vitest'
import { maskedForVolunteers, maskedInLists, personalFields, retentionErasure, siteCheckedFields, stripPersonal } from '../src/personal-data'

describe('personal-data registry', () => {
  it('lists the personal fields of each collection', () => {
    expect(personalFields('opinions')).toEqual(['name', 'phone', 'attachment', 'enteredBy', 'staffNote'])
    expect(personalFields('collection-points')).toEqual(['liaisonName', 'liaisonPhone'])
    expect(personalFields('news')).toEqual([])
  })
  it('hides names, phones and attachments of opinions from volunteers', () => {
    expect(maskedForVolunteers('opinions')).toEqual(['name', 'phone', 'attachment', 'staffNote'])
    expect(maskedInLists('registrations')).toEqual(['phone'])
  })
  it('gives retention its update', () => {
    expect(retentionErasure('opinions', '2026-11-28T00:00:00.000Z')).toEqual({ name: null, phone: null, attachment: null, staffNote: null, personalDataErasedAt: '2026-11-28T00:00:00.000Z' })
    expect(retentionErasure('registrations')).toEqual({ name: null, phone: null, note: null, staffNote: null })
    expect(retentionErasure('collection-points')).toEqual({})
  })
  it('names the contact fields the build check looks for', () => {
    expect(siteCheckedFields()).toEqual([
      { collection: 'opinions', fields: ['phone'] },
      { collection: 'registrations', fields: ['phone'] },
      { collection: 'collection-points', fields: ['liaisonPhone'] },
      { collection: 'experts', fields: ['phone', 'email'] },
      { collection: 'users', fields: ['email'] },
    ])
  })
  it('strips personal fields from public documents, leaving the rest in order', () => {
    const point = { id: 1, name: '英南村', liaisonName: '陈', liaisonPhone: '13900000000', order: 1 }
    const stripped = stripPersonal('collection-points', point)
    expect(Object.keys(stripped)).toEqual(['id', 'name', 'order'])
    expect(point.liaisonName).toBe('陈')
    const news = { id: 2, author: '江海区人大常委会' }
    expect(stripPersonal('news', news)).toBe(news)
  })
})

/** The CMS's settings: defaults written once, and a wrong value stops the start naming the variable. */
import { describe, expect, it } from 'vitest'
import { parseEnv } from '../src/settings'

describe('configuration', () => {
  it('starts on the embedded defaults with nothing set', () => {
    const env = parseEnv({})
    expect(env.DATABASE_URL).toBe('file:./data/lawpoint.db')
    expect(env.cmsUrl).toBe('http://localhost:3000')
    expect(env.CMS_URL).toBeUndefined()
    expect(env.SITE_ORIGINS).toEqual(['http://localhost:4321', 'http://127.0.0.1:4321'])
    expect(env.RATE_LIMITS).toBe(true)
    expect(env.RETENTION_DAYS).toBe(730)
  })

  it('refuses MongoDB with a message that says why, never half-working', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mongodb://127.0.0.1:27017/lawpoint' })).toThrow(/DATABASE_URL：暂不支持 MongoDB/)
  })

  it('names every wrong variable and never repeats a value that may hold a password', () => {
    let message = ''
    try {
      parseEnv({ DATABASE_URL: 'mysql://u:s3cret@h/db', RETENTION_DAYS: 'two years', SITE_BUILDS_KEEP: '1', RATE_LIMITS: 'maybe', CMS_URL: 'cms.example' })
    } catch (error) {
      message = (error as Error).message
    }
    for (const name of ['DATABASE_URL', 'RETENTION_DAYS', 'SITE_BUILDS_KEEP', 'RATE_LIMITS', 'CMS_URL']) expect(message).toContain(`${name}：`)
    expect(message).not.toContain('s3cret')
  })

  it('reads lists, switches and numbers', () => {
    const env = parseEnv({ SITE_ORIGINS: ' https://a.example , https://b.example ', RATE_LIMITS: 'off', SITE_BUILD_DEBOUNCE_MS: '0', CMS_URL: 'https://cms.example/' })
    expect(env.SITE_ORIGINS).toEqual(['https://a.example', 'https://b.example'])
    expect(env.RATE_LIMITS).toBe(false)
    expect(env.SITE_BUILD_DEBOUNCE_MS).toBe(0)
    expect(env.cmsUrl).toBe('https://cms.example')
  })
})

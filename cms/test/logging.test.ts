/** What the intake writes to the server log when a database write fails: never the residents in the statement. */
import { describe, expect, it } from 'vitest'
import { loggableError } from '../src/lib/publicError'

describe('intake error log', () => {
  it('keeps the error but drops the parameters of a failed SQL statement', () => {
    const cause = Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' })
    const error = Object.assign(new Error('Failed query: insert into "opinions" ("name", "phone") values (?, ?)\nparams: 张三,13800138000'), { cause })
    const logged = loggableError(error)
    expect(logged.message).toContain('Failed query: insert into "opinions"')
    expect(logged.code).toBe('SQLITE_BUSY')
    expect(JSON.stringify(logged)).not.toMatch(/张三|13800138000/)
  })
})

'use client'
/**
 * Above the site-builds list: "rebuild now", plus the state of the latest build, refreshed every few
 * seconds while one is queued or running.
 */
import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'
import { apiRoutes } from '@lawpoint/content-types/urls'

type Latest = { status: string; trigger?: string; durationMs?: number; error?: string } | null

const labels: Record<string, string> = { queued: '排队中', running: '构建中', live: '线上', superseded: '已被替换', failed: '失败' }

export function RebuildButton() {
  const { config } = useConfig()
  const server = config.serverURL
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [latest, setLatest] = useState<Latest>(null)

  const refresh = useCallback(async () => {
    const res = await fetch(`${server}${apiRoutes.collection('site-builds')}?limit=1&sort=-createdAt&depth=0`, { credentials: 'include' })
    if (!res.ok) return
    const body = await res.json()
    setLatest(body.docs?.[0] ?? null)
  }, [server])

  useEffect(() => {
    void refresh()
  }, [refresh])

  const active = latest?.status === 'queued' || latest?.status === 'running'
  useEffect(() => {
    if (!active) return
    const t = setInterval(() => {
      void refresh()
      router.refresh()
    }, 3000)
    return () => clearInterval(t)
  }, [active, refresh, router])

  const rebuild = async () => {
    setBusy(true)
    try {
      const res = await fetch(`${server}${apiRoutes.rebuildSite}`, { method: 'POST', credentials: 'include' })
      const body = await res.json().catch(() => ({}))
      if (res.ok) toast.success('已加入发布队列，网站将在几十秒内更新')
      else toast.error(body.error ?? `失败（${res.status}）`)
      await refresh()
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '1rem', marginBottom: '1rem', flexWrap: 'wrap' }}>
      <Button buttonStyle="primary" size="medium" disabled={busy} onClick={rebuild} margin={false}>
        立即重新发布网站
      </Button>
      {latest && (
        <span>
          最近一次：<strong>{labels[latest.status] ?? latest.status}</strong>
          {latest.trigger ? `（${latest.trigger}）` : ''}
          {latest.durationMs ? `，用时 ${(latest.durationMs / 1000).toFixed(1)} 秒` : ''}
          {latest.status === 'failed' && latest.error ? `：${latest.error.split('\n')[0]}` : ''}
        </span>
      )}
    </div>
  )
}

'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { apiRoutes } from '@lawpoint/content-types/urls'

const box = { display: 'grid', gap: '0.4rem', margin: '1rem 0', padding: '0.75rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 } as const

function Links({ title, links }: { title: string; links: { href: (id: number | string) => string; label: string }[] }) {
  const { id } = useDocumentInfo()
  if (!id) return null
  return (
    <div style={box}>
      <strong>{title}</strong>
      {links.map((l) => (
        <a key={l.label} href={l.href(id)} download>
          {l.label}
        </a>
      ))}
    </div>
  )
}

/** Sidebar links on a consultation: the forwarding report by article. */
export function ConsultationExports() {
  return (
    <Links
      title="意见报送表"
      links={[
        { href: (id) => apiRoutes.consultationReport(id, 'xlsx'), label: '下载 Excel（按条文）' },
        { href: (id) => apiRoutes.consultationReport(id, 'csv'), label: '下载 CSV' },
        { href: () => apiRoutes.adoptedOpinions('xlsx'), label: '全部采纳意见名单（Excel）' },
      ]}
    />
  )
}

/** Sidebar links on a lecture: the sign-up list, the calendar file and check-in. */
export function LectureExports() {
  return (
    <Links
      title="报名与签到"
      links={[
        { href: (id) => apiRoutes.lectureRegistrations(id, 'xlsx'), label: '报名名单 Excel' },
        { href: (id) => apiRoutes.lectureRegistrations(id, 'csv'), label: '报名名单 CSV' },
        { href: (id) => apiRoutes.lectureCalendar(id), label: '日历文件（.ics）' },
        { href: () => apiRoutes.checkIn(), label: '手机现场签到' },
      ]}
    />
  )
}

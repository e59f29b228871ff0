import rss from '@astrojs/rss'
import type { APIContext } from 'astro'
import { newsPath } from '@lawpoint/content-types'
import { getNews, getSite } from '../lib/content'

export async function GET(context: APIContext) {
  const { settings } = await getSite()
  const news = await getNews()
  return rss({
    title: `${settings.siteName} · 新闻动态`,
    description: settings.description ?? settings.siteName,
    site: context.site!,
    items: news.map((n) => ({ title: n.title, link: newsPath(n), pubDate: new Date(n.publishedAt ?? n.createdAt), description: n.summary ?? '' })),
    customData: '<language>zh-cn</language>',
  })
}

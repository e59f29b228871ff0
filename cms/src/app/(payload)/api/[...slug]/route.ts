import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { refusingUnreadableJson } from '@/lib/jsonParams'

export const GET = refusingUnreadableJson(REST_GET(config))
export const POST = refusingUnreadableJson(REST_POST(config))
export const DELETE = refusingUnreadableJson(REST_DELETE(config))
export const PATCH = refusingUnreadableJson(REST_PATCH(config))
export const PUT = refusingUnreadableJson(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)

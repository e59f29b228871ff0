import type { CollectionConfig } from 'payload'
import { AuditLog } from './AuditLog'
import { CollectionPoints } from './CollectionPoints'
import { Consultations } from './Consultations'
import { Experts } from './Experts'
import { ExpertReviews } from './ExpertReviews'
import { LawExplainers } from './LawExplainers'
import { LawArticles } from './Laws/LawArticles'
import { Laws } from './Laws/Laws'
import { Lectures } from './Lectures'
import { Media } from './Media'
import { News } from './News'
import { Opinions } from './Opinions'
import { OpinionAttachments } from './OpinionAttachments'
import { Recaps } from './Recaps'
import { Registrations } from './Registrations'
import { SquareEvents } from './SquareEvents'
import { Users } from './Users'
import { withPersonalData, type PersonalFieldAccess } from '../privacy/personalFields'
import { withAuditTrail } from '../hooks/auditTrail'

/** In the order the admin lists them within their groups; personal fields get the registry's rules, submissions an audit trail. */
export const collections: CollectionConfig[] = [
  News,
  LawExplainers,
  Laws,
  LawArticles,
  Media,
  Lectures,
  SquareEvents,
  Recaps,
  Consultations,
  CollectionPoints,
  Experts,
  ExpertReviews,
  Opinions,
  OpinionAttachments,
  Registrations,
  Users,
  AuditLog,
]
  .map((c) => withPersonalData(c, (c.custom as { personalFieldAccess?: PersonalFieldAccess } | undefined)?.personalFieldAccess))
  .map(withAuditTrail)

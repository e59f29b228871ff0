'use client'
/**
 * The recap's main action, where Payload puts its publish button: staff get Payload's own 发布修改; anyone else
 * (volunteers) gets 提交审核, which saves the form as a draft and submits it in one request (endpoints.ts). The
 * server refuses a volunteer's publish whatever the page shows (hooks/authorship.ts).
 */
import { FormSubmit, PublishButton, useAuth, useDocumentInfo, useForm, useFormFields } from '@payloadcms/ui'
import React from 'react'
import { apiRoutes } from '@lawpoint/content-types/urls'
import { isStaffUser } from '../../../access/roles'

export function RecapPublishButton() {
  const { user } = useAuth()
  return isStaffUser(user as never) ? <PublishButton /> : <SubmitForReviewButton />
}

export function SubmitForReviewButton() {
  const { id } = useDocumentInfo()
  const { submit } = useForm()
  const state = useFormFields(([fields]) => fields.reviewState?.value as string | undefined)
  const waiting = state === 'submitted'

  const submitForReview = async () => {
    // Client-side checks first (title, body), as for publishing; then the draft and the submission together.
    await submit({ action: apiRoutes.recapSubmit(id ?? undefined), method: 'POST', overrides: { _status: 'draft' } })
  }

  return (
    <FormSubmit
      buttonId="action-submit-review"
      disabled={waiting || state === 'published'}
      onClick={() => void submitForReview()}
      size="medium"
      type="button"
      tooltip={waiting ? '已提交，编辑审核后会发布或退回修改' : undefined}
    >
      {waiting ? '已提交审核' : '提交审核'}
    </FormSubmit>
  )
}

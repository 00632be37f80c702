/**
 * Review: the workflow DRAFT → SUBMITTED → APPROVED / RETURNED → PUBLISHED as guarded methods
 * ({@link org.jixiao.review.ReviewState}), and field-level changes for the audit trail. Plain Java; the
 * audit log and adjustments in PostgreSQL are in {@code store}, the API in {@code web}.
 */
package org.jixiao.review;

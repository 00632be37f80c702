/**
 * Review: the workflow DRAFT → SUBMITTED → APPROVED / RETURNED → PUBLISHED as guarded methods
 * ({@link org.jixiao.review.ReviewState}). Plain Java; the audit log (fed by the other modules' domain events,
 * see {@code store.AuditTrail}) and adjustments in PostgreSQL are in {@code store}, the API in {@code web}.
 */
package org.jixiao.review;

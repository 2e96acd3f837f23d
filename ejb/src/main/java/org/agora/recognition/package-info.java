/**
 * Recognition: HR's programmes and badges, colleagues recognising each other in the recognition feed, the
 * milestones the company celebrates (work anniversaries, welcomes), and HR's view of where recognition goes and
 * where it is missing.
 */
package org.agora.recognition;

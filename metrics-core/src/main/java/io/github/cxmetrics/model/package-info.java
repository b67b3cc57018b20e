/**
 * The immutable domain model: survey {@link io.github.cxmetrics.model.Response responses},
 * support {@link io.github.cxmetrics.model.Interaction interactions},
 * {@link io.github.cxmetrics.model.Purchase purchases} and the
 * {@link io.github.cxmetrics.model.Channel channels} they come through. Records validate
 * their components when they are created and reject nulls, blank ids and invalid numbers with a
 * message naming the field and the value.
 */
package io.github.cxmetrics.model;

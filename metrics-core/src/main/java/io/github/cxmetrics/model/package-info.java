/**
 * The immutable domain model: survey {@link io.github.cxmetrics.model.Response responses},
 * support {@link io.github.cxmetrics.model.Interaction interactions} and the
 * {@link io.github.cxmetrics.model.Channel channels} they come through;
 * {@link io.github.cxmetrics.model.Customer customers} and their
 * {@link io.github.cxmetrics.model.Purchase purchases}, with amounts of
 * {@link io.github.cxmetrics.model.Money money}. Records validate their components when they are
 * created and reject nulls, blank ids and invalid numbers with a message naming the field and the
 * value.
 *
 * <p>Money is exact: amounts are {@link java.math.BigDecimal}s in one
 * {@link java.util.Currency}, sums are exact, estimates use
 * {@link io.github.cxmetrics.model.Money#ESTIMATES} (16 significant digits, half-even), and
 * mixing currencies is an error, never a silent sum.
 */
package io.github.cxmetrics.model;

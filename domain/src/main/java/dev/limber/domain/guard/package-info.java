/**
 * The validation guards the model's records use in their compact constructors. Not exported:
 * nothing outside the domain depends on it.
 */
package dev.limber.domain.guard;

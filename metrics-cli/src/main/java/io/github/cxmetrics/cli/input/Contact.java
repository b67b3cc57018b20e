package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.support.Milestone;
import java.time.Duration;

/**
 * One row of the interactions file: the library's {@link Interaction}, and the business-time
 * durations the file gives for it (a help desk's {@code ... in minutes within business hours}),
 * which the report uses when it has no {@code --calendar} to compute them.
 *
 * @param interaction the interaction
 * @param firstReplyBusiness the first response time in business time as the file gives it, or
 *     null
 * @param firstResolutionBusiness the first resolution time in business time, or null
 * @param fullResolutionBusiness the full resolution time in business time, or null
 */
public record Contact(Interaction interaction, Duration firstReplyBusiness,
        Duration firstResolutionBusiness, Duration fullResolutionBusiness) {

    /** Returns a contact without given business times. */
    public static Contact of(Interaction interaction) {
        return new Contact(interaction, null, null, null);
    }

    /** Returns the given business time to a milestone, or null. */
    public Duration business(Milestone milestone) {
        return switch (milestone) {
            case FIRST_REPLY -> firstReplyBusiness;
            case FIRST_RESOLUTION -> firstResolutionBusiness;
            case FULL_RESOLUTION -> fullResolutionBusiness;
            case FIRST_REPLY_OR_BOT, FIRST_BOT_REPLY -> null;    // no column gives them
        };
    }

    /** Returns whether the file gave a business time for some milestone. */
    public boolean hasBusinessTimes() {
        return firstReplyBusiness != null || firstResolutionBusiness != null
                || fullResolutionBusiness != null;
    }
}

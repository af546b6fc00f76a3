package storyline.actor;

import java.time.LocalDate;

/**
 * What an actor was for a while, in every story or in one: "Defence Minister" from 2012 to 2024.
 *
 * @param storyId the story it holds in, or null for every story
 * @param storyTitle that story's title, or null
 * @param fromOn the first day it holds, or null when it holds from before anything told
 * @param toOn the last day it holds, or null while it still does
 */
public record Position(
    long id,
    long actorId,
    Long storyId,
    String storyTitle,
    String title,
    LocalDate fromOn,
    LocalDate toOn) {}

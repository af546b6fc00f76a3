package storyline.story;

import storyline.db.Coded;

/** Whether a story is visible to the public. */
public enum StoryStatus implements Coded {
  DRAFT,
  PUBLISHED
}

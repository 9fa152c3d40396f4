package io.klien.identity;

import io.klien.shared.permission.OpenOnPurpose;
import org.jspecify.annotations.Nullable;

/**
 * Identity-provider sessions that were logged out, shared by every replica through the database: a back-channel
 * logout reaches one pod, the session may live on another.
 */
public interface EndedSessions {

    /** Records that the identity provider ended the session {@code sid}; forgets entries no session can outlive. */
    @OpenOnPurpose(reason = "Called by the identity provider's back-channel logout, with no one signed in")
    void recordEnded(String sid, @Nullable String subject);

    /** Whether the identity provider ended the session: asked on every request, one primary-key lookup. */
    @OpenOnPurpose(reason = "Asked on every request before the membership is known")
    boolean isEnded(String sid);
}

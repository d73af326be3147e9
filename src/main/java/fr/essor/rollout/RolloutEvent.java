package fr.essor.rollout;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Something the rollout team did at a date: a pilot, the launch, a training wave, a usage charter... */
@Entity
@Table(name = "rollout_event")
public class RolloutEvent extends Milestone {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int NOTE_MAX_LENGTH = 2000;

    @NotNull(message = "validation.required")
    @Enumerated(EnumType.STRING)
    private @Nullable EventKind kind;

    @NotBlank(message = "validation.required")
    @Size(max = TITLE_MAX_LENGTH, message = "validation.tooLong")
    private String title = "";

    @Size(max = NOTE_MAX_LENGTH, message = "validation.tooLong")
    private @Nullable String note;

    public @Nullable EventKind getKind() {
        return kind;
    }

    public void setKind(@Nullable EventKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }
}

package org.aashray.reintegration.readiness;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of a recorded check; whether it was blocking is kept, so history reads as it was decided. */
@Entity
@Table(name = "reint_readiness_answers")
class ReadinessAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ReadinessItem item;
    @Enumerated(EnumType.STRING)
    private Answer answer;
    private boolean blocking;
    private String note;

    protected ReadinessAnswer() {
    }

    ReadinessAnswer(ReadinessItem item, Answer answer, boolean blocking, String note) {
        this.item = item;
        this.answer = answer;
        this.blocking = blocking;
        this.note = note;
    }

    ReadinessItem getItem() { return item; }
    Answer getAnswer() { return answer; }
    boolean isBlocking() { return blocking; }
    String getNote() { return note; }
}

package org.agora.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One choice of a poll. */
@Entity
@Table(name = "poll_option")
public class PollOption {

    public static final int MAX_LABEL = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "poll_option_seq")
    @SequenceGenerator(name = "poll_option_seq", sequenceName = "poll_option_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private Post post;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_LABEL)
    private String label;

    protected PollOption() {
    }

    public PollOption(Post post, int position, String label) {
        this.post = post;
        this.position = position;
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }
}

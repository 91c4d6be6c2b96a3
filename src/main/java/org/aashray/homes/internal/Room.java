package org.aashray.homes.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A room in a home; beds belong to rooms. */
@Entity
@Table(name = "rooms")
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "home_id")
    private Home home;
    private String name;
    @Version
    private long version;

    protected Room() {
    }

    public Room(Home home, String name) {
        this.home = home;
        this.name = name;
    }

    public Long getId() { return id; }
    public Home getHome() { return home; }
    public String getName() { return name; }
    void setName(String name) { this.name = name; }
    public long getVersion() { return version; }
}

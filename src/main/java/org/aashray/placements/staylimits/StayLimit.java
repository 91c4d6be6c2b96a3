package org.aashray.placements.staylimits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.aashray.homes.HomeType;

/** How long a stay in a type of home may last, and up to which age children may accompany their mother. */
@Entity
@Table(name = "placement_stay_limits")
class StayLimit {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "home_type")
    private HomeType homeType;
    @Column(name = "stay_days")
    private int stayDays;
    @Column(name = "stay_days_over_55")
    private Integer stayDaysOver55;
    @Column(name = "child_girl_max_age")
    private int childGirlMaxAge;
    @Column(name = "child_boy_max_age")
    private int childBoyMaxAge;
    @Version
    private long version;

    protected StayLimit() {
    }

    HomeType getHomeType() { return homeType; }
    int getStayDays() { return stayDays; }
    void setStayDays(int stayDays) { this.stayDays = stayDays; }
    Integer getStayDaysOver55() { return stayDaysOver55; }
    void setStayDaysOver55(Integer days) { this.stayDaysOver55 = days; }
    int getChildGirlMaxAge() { return childGirlMaxAge; }
    void setChildGirlMaxAge(int age) { this.childGirlMaxAge = age; }
    int getChildBoyMaxAge() { return childBoyMaxAge; }
    void setChildBoyMaxAge(int age) { this.childBoyMaxAge = age; }
    long getVersion() { return version; }

    StayLimits view() {
        return new StayLimits(homeType, stayDays, stayDaysOver55, childGirlMaxAge, childBoyMaxAge, version);
    }
}

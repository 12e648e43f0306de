package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.PoolQuota;
import java.util.List;

/** How a pool is to be drawn, as a caller replaces it. */
public record PoolSettings(
    int seats, boolean onePerHousehold, List<String> addressColumns, List<PoolQuota> quotas) {}

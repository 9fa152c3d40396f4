package io.klien.projects.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import io.klien.clients.Clients;
import io.klien.contracts.Contracts;
import io.klien.contracts.ServiceLevel;
import io.klien.projects.BusinessHours;
import io.klien.projects.ServiceLevels;
import io.klien.projects.SlaTargets;
import io.klien.projects.SupportPriority;
import io.klien.shared.DomainException;
import io.klien.shared.time.FirmTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ServiceLevelService implements ServiceLevels {

    /** Targets in business minutes for a firm that set none. */
    static final Map<SupportPriority, SlaTargets> BUILT_IN = Map.of(
            SupportPriority.URGENT, SlaTargets.ofHours(1, 8),
            SupportPriority.HIGH, SlaTargets.ofHours(4, 16),
            SupportPriority.NORMAL, SlaTargets.ofHours(8, 40),
            SupportPriority.LOW, SlaTargets.ofHours(16, 80));

    /** The longest target: a year of round-the-clock minutes, far past any working calendar's need. */
    static final int MINUTES_MAX = 365 * 24 * 60;
    static final int HOLIDAYS_MAX = 500;

    private final ServiceLevelTargetRepository targets;
    private final BusinessHoursRepository hours;
    private final BusinessHolidayRepository holidays;
    private final Clients clients;
    private final Contracts contracts;
    private final FirmTime time;

    ServiceLevelService(ServiceLevelTargetRepository targets, BusinessHoursRepository hours,
            BusinessHolidayRepository holidays, Clients clients, Contracts contracts, FirmTime time) {
        this.targets = targets;
        this.contracts = contracts;
        this.hours = hours;
        this.holidays = holidays;
        this.clients = clients;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<SupportPriority, SlaTargets> defaults() {
        Map<SupportPriority, SlaTargets> result = new EnumMap<>(BUILT_IN);
        targets.findDefaults().forEach(t -> result.put(t.priority(), t.targets()));
        return result;
    }

    @Override
    public Map<SupportPriority, SlaTargets> setDefault(SupportPriority priority, SlaTargets wanted) {
        SlaTargets valid = valid(wanted);
        ServiceLevelTarget target = targets.findDefault(priority).orElseGet(() -> ServiceLevelTarget.of(null,
                priority, valid));
        target.set(valid);
        targets.saveAndFlush(target);
        return defaults();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<SupportPriority, SlaTargets> forClient(UUID clientId) {
        Map<SupportPriority, SlaTargets> result = defaults();
        targets.findByClientId(clientId).forEach(t -> result.put(t.priority(), t.targets()));
        contracts.serviceLevelInForce(clientId).values().forEach(t -> result.put(
                SupportPriority.valueOf(t.priority().name()),
                SlaTargets.ofHours(t.firstResponseHours(), t.resolutionHours())));
        return result;
    }

    @Override
    public Map<SupportPriority, SlaTargets> setForClient(UUID clientId, SupportPriority priority, SlaTargets wanted) {
        requireClient(clientId);
        SlaTargets valid = valid(wanted);
        ServiceLevelTarget target = targets.findByClientIdAndPriority(clientId, priority)
                .orElseGet(() -> ServiceLevelTarget.of(clientId, priority, valid));
        target.set(valid);
        targets.saveAndFlush(target);
        return forClient(clientId);
    }

    @Override
    public Map<SupportPriority, SlaTargets> clearForClient(UUID clientId, SupportPriority priority) {
        requireClient(clientId);
        targets.findByClientIdAndPriority(clientId, priority).ifPresent(t -> {
            targets.delete(t);
            targets.flush();
        });
        return forClient(clientId);
    }

    @Override
    @Transactional(readOnly = true)
    public BusinessHours businessHours() {
        BusinessCalendar calendar = calendar();
        return new BusinessHours(calendar.weekdays(), calendar.opens(), calendar.closes(),
                calendar.holidays().stream().sorted().toList());
    }

    @Override
    public BusinessHours setBusinessHours(BusinessHours wanted) {
        if (wanted.weekdays().isEmpty()) {
            throw DomainException.onField("weekdays", "projects.support.hours.no-weekdays");
        }
        if (!wanted.opens().isBefore(wanted.closes())) {
            throw DomainException.onField("closes", "projects.support.hours.closes-before-opens");
        }
        Set<LocalDate> days = new TreeSet<>(wanted.holidays());
        if (days.size() > HOLIDAYS_MAX) {
            throw DomainException.onField("holidays", "projects.support.hours.too-many-holidays", HOLIDAYS_MAX);
        }
        BusinessHoursSetting setting = hours.findOfFirm().orElseGet(() -> BusinessHoursSetting.of(wanted.weekdays(),
                wanted.opens(), wanted.closes()));
        setting.set(wanted.weekdays(), wanted.opens(), wanted.closes());
        hours.saveAndFlush(setting);
        hours.deleteHolidays();
        holidays.saveAllAndFlush(days.stream().map(BusinessHoliday::of).toList());
        return businessHours();
    }

    // ---- for support requests ----

    /** The active firm's working calendar in its own zone. */
    BusinessCalendar calendar() {
        ZoneId zone = time.zone();
        Set<LocalDate> off = hours.holidays().stream().map(BusinessHoliday::day).collect(Collectors.toSet());
        return hours.findOfFirm()
                .map(h -> new BusinessCalendar(zone, h.weekdays(), h.opens(), h.closes(), off))
                .orElseGet(() -> {
                    BusinessCalendar standard = BusinessCalendar.standard(zone);
                    return new BusinessCalendar(zone, standard.weekdays(), standard.opens(), standard.closes(), off);
                });
    }

    /** The targets that apply to a request of the client at the priority. */
    /**
     * What a new request of the client gets: the service level its contract in force promises, else the targets
     * staff set for the client, else the firm's defaults, else the built-in ones.
     */
    SlaTargets targetsFor(UUID clientId, SupportPriority priority) {
        ServiceLevel.Target promised = contracts.serviceLevelInForce(clientId)
                .get(ServiceLevel.Priority.valueOf(priority.name()));
        if (promised != null) {
            return SlaTargets.ofHours(promised.firstResponseHours(), promised.resolutionHours());
        }
        return targets.findByClientIdAndPriority(clientId, priority).map(ServiceLevelTarget::targets)
                .or(() -> targets.findDefault(priority).map(ServiceLevelTarget::targets))
                .orElse(BUILT_IN.get(priority));
    }

    private void requireClient(UUID clientId) {
        if (clients.find(clientId).isEmpty()) {
            throw DomainException.onField("clientId", "clients.not-found");
        }
    }

    private static SlaTargets valid(SlaTargets targets) {
        if (targets.firstResponseMinutes() <= 0) {
            throw DomainException.onField("firstResponseMinutes", "projects.support.sla.first-response-positive");
        }
        if (targets.resolutionMinutes() < targets.firstResponseMinutes()) {
            throw DomainException.onField("resolutionMinutes", "projects.support.sla.resolution-before-response");
        }
        if (targets.resolutionMinutes() > MINUTES_MAX) {
            throw DomainException.onField("resolutionMinutes", "projects.support.sla.too-long", MINUTES_MAX / 60);
        }
        return targets;
    }
}

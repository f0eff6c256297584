package nl.akkoordmonitor.agreements.internal.commitment;

/** Where a commitment works (leefomgeving). */
public enum LivingEnvironment {
    SOCIETY, NEIGHBOURHOOD, EDUCATION, WORK, ONLINE, CARE, HOME
}

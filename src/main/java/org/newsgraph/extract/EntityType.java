package org.newsgraph.extract;

/** The kinds of real-world thing the news talks about. */
public enum EntityType {
    ORGANIZATION("Organization"), PERSON("Person"), PLACE("Place"), PRODUCT("Product");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The schema.org class name, also used in the extract JSON: "Organization". */
    public String label() {
        return label;
    }

    public static EntityType fromLabel(String label) {
        for (EntityType type : values()) {
            if (type.label.equalsIgnoreCase(label) || type.name().equalsIgnoreCase(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown entity type '" + label + "'; use Organization, Person, Place or Product");
    }
}

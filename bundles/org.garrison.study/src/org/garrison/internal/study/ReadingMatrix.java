package org.garrison.internal.study;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.garrison.model.core.Person;
import org.garrison.model.study.ReadingItem;
import org.garrison.model.study.ReadingMode;
import org.garrison.model.study.ReadingProgress;

/**
 * Persons × books: the chapters each person has read of each book, and whether the book counts
 * towards the person's reading plan — a book read in full (逐字逐句) when every chapter is done, a
 * book read in part (选读) when any chapter is.
 */
public final class ReadingMatrix {

    private final List<Person> persons;
    private final List<ReadingItem> items;
    private final Map<Person, Map<ReadingItem, ReadingProgress>> progress = new HashMap<>();
    private final int target;

    public ReadingMatrix(List<Person> persons, List<ReadingItem> items, Collection<ReadingProgress> progresses, int target) {
        this.persons = List.copyOf(persons);
        this.items = List.copyOf(items);
        this.target = target;
        for (ReadingProgress entry : progresses) {
            if (entry.getReader() != null && entry.getItem() != null) {
                progress.computeIfAbsent(entry.getReader(), person -> new HashMap<>()).put(entry.getItem(), entry);
            }
        }
    }

    public List<Person> persons() {
        return persons;
    }

    public List<ReadingItem> items() {
        return items;
    }

    /** The books per person the plan asks for (0: no plan). */
    public int target() {
        return target;
    }

    /** The person's progress record for the book, or null when there is none yet. */
    public ReadingProgress progress(Person person, ReadingItem item) {
        return progress.getOrDefault(person, Map.of()).get(item);
    }

    public int chaptersDone(Person person, ReadingItem item) {
        ReadingProgress entry = progress(person, item);
        return entry == null ? 0 : (int) entry.getChaptersDone().stream().filter(item.getChapters()::contains).count();
    }

    /** Chapters done ÷ chapters of the book; 0 for a book without chapters. */
    public double share(Person person, ReadingItem item) {
        return item.getChapters().isEmpty() ? 0 : (double) chaptersDone(person, item) / item.getChapters().size();
    }

    public boolean counts(Person person, ReadingItem item) {
        int done = chaptersDone(person, item);
        return item.getMode() == ReadingMode.SELECTED ? done > 0 : done > 0 && done == item.getChapters().size();
    }

    public int booksRead(Person person) {
        return (int) items.stream().filter(item -> counts(person, item)).count();
    }

    public boolean behind(Person person) {
        return booksRead(person) < target;
    }

    public List<Person> behind() {
        List<Person> behind = new ArrayList<>();
        persons.forEach(person -> {
            if (behind(person)) {
                behind.add(person);
            }
        });
        return behind;
    }

    /** Every person's chapters done ÷ every person's chapters of every book. */
    public double overallShare() {
        int done = 0;
        int all = 0;
        for (Person person : persons) {
            for (ReadingItem item : items) {
                done += chaptersDone(person, item);
                all += item.getChapters().size();
            }
        }
        return all == 0 ? 0 : (double) done / all;
    }
}

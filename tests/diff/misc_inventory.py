# Inventory management: dataclass-like records, grouping, reports.
class Item:
    __slots__ = ("sku", "name", "category", "qty", "price")
    def __init__(self, sku, name, category, qty, price):
        self.sku, self.name, self.category, self.qty, self.price = sku, name, category, qty, price
    def value(self):
        return self.qty * self.price
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
    def adjust(self, sku, delta):
        item = self.items[sku]
        if item.qty + delta < 0:
            raise ValueError(f"{sku}: only {item.qty} in stock, cannot remove {-delta}")
        item.qty += delta
        return item.qty
    def by_category(self):
        groups = {}
        for it in self.items.values():
            groups.setdefault(it.category, []).append(it)
        return groups
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<14}{'Qty':>5}{'Price':>9}{'Value':>10}"]
        for cat, its in sorted(self.by_category().items()):
            lines.append(f"-- {cat} --")
            for it in sorted(its, key=lambda i: i.name):
                lines.append(f"{it.sku:<6}{it.name:<14}{it.qty:>5}{it.price:>9.2f}{it.value():>10.2f}")
            lines.append(f"{'subtotal':<34}{sum(i.value() for i in its):>10.2f}")
        lines.append(f"{'TOTAL':<34}{sum(i.value() for i in self.items.values()):>10.2f}")
        return "\n".join(lines)
inv = Inventory()
for row in [("A1", "hammer", "tools", 10, 12.5), ("A2", "wrench", "tools", 4, 8.25), ("B1", "apple", "food", 100, 0.3),
            ("B2", "bread", "food", 12, 2.75), ("C1", "lamp", "home", 3, 24.99), ("C2", "rug", "home", 0, 99.0)]:
    inv.add(Item(*row))
print(inv.report())
print(inv.adjust("A1", -3), inv.adjust("C2", 5))
for sku, delta in [("B2", -20), ("Z9", 1)]:
    try:
        inv.adjust(sku, delta)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    inv.add(Item("A1", "dup", "x", 1, 1))
except KeyError as e:
    print("KeyError", e)
low = [it for it in inv.items.values() if it.qty < 5]
print(low)
print({cat: len(its) for cat, its in inv.by_category().items()})
print(max(inv.items.values(), key=Item.value), min(inv.items.values(), key=lambda i: (i.price, i.sku)))

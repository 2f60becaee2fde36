# A small class hierarchy: bank accounts with transactions and errors.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")
        self.amount = amount
class Account:
    _next_id = 1
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def available(self):
        return self.balance
    def month_end(self):
        gained = round(self.balance * self.interest, 2)
        self.balance = round(self.balance + gained, 2)
        return gained
    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.owner!r}, {self.balance})"
class Savings(Account):
    interest = 0.02
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("savings: at most 2 withdrawals")
        return super().withdraw(amount)
class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self.balance + self.overdraft
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except (InsufficientFunds, PermissionError) as e:
            print("transfer failed:", e)
            return False
        dst.deposit(amount)
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Savings, "alice", 1000)
bob = bank.open(Checking, "bob", 50, overdraft=200)
carol = bank.open(Account, "carol")
print(alice, bob, carol)
print(bank.transfer(alice, bob, 300), bank.transfer(bob, carol, 500), bank.transfer(bob, carol, 240))
print(bank.transfer(alice, carol, 10), bank.transfer(alice, carol, 10))
try:
    carol.deposit(-5)
except ValueError as e:
    print("error:", e)
try:
    carol.withdraw(1000)
except InsufficientFunds as e:
    print("error:", e, e.amount)
for acct in bank.accounts.values():
    print(acct, acct.month_end(), acct.history)
print("total", bank.total())
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
print(isinstance(alice, Account), type(bob).__mro__[1].__name__, Account._next_id)

// finding: F1-return-in-select-try-mode+F3-teardown-in-diverging-arm
// seed: 1000297
// expect `drain` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => w6- gaveup w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. close=Ok
// expect `take 0 mid 1 cancel` => w6- gaveup w7x w8x t4 w5- t4. t1 w2- t1. cancel=Ok
// expect `take 0 mid 2 close` => w6- w7- j7 gaveup w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. close=Ok
// expect `take 0 mid 2 cancel` => w6- w7- j7 gaveup w8x t4 w5- t4. t1 w2- t1. cancel=Ok
// expect `take 0 mid 3 close` => w6- w7- j7 gaveup w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. close=Ok
// expect `take 0 mid 3 cancel` => w6- w7- j7 gaveup w8x t4 w5- t4. t1 w2- t1. cancel=Ok
// expect `take 1 close` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 1 cancel` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 1 mid 1 close` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 1 mid 1 cancel` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 1 mid 2 close` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 1 mid 2 cancel` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 1 mid 3 close` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 1 mid 3 cancel` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 2 close` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 2 cancel` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 2 mid 1 close` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 2 mid 1 cancel` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 2 mid 2 close` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 2 mid 2 cancel` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 2 mid 3 close` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 2 mid 3 cancel` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 5 mid 5 cancel` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 6 mid 6 close` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 5 cancel` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 7 mid 3 cancel` => w6- w7- j7 w8- t9 w10- t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t1");
        W::new(&ctx, 2, 1).await;
        ctx.log("t1.");
    }
    let m3: u32 = match ctx.pick(3, 0, 3) {
        0 => {
            teardown! {
                ctx.log("t4");
                W::new(&ctx, 5, 2).await;
                ctx.log("t4.");
            }
            tokio::try_join!(W::new(&ctx, 6, 0).ok(), async { W::new(&ctx, 7, 1).await; ctx.log("j7"); Ok::<(), u32>(()) }, W::new(&ctx, 8, 3).ok())?;
            teardown! {
                ctx.log("t9");
                W::new(&ctx, 10, 2).await;
                ctx.log("t9.");
            }
            let mut c11 = 0;
            'l11: loop {
                c11 += 1;
                if c11 > 0 { break; }
                yield_!(Ok(12));
                yield_!(Ok(13));
                W::new(&ctx, 14, 3).await;
                ctx.check(15, 0b1, 2)?;
            }
            return;
        }
        1 => {
            teardown! {
                ctx.log("t16");
                ctx.log("t16.");
            }
            W::new(&ctx, 17, 1).await;
            'l18: {
                yield_!(Ok(19));
                let mut c20 = 0;
                loop {
                    c20 += 1;
                    if c20 > 2 { break; }
                    W::new(&ctx, 21, 2).await;
                }
            }
            return;
        }
        _ => {
            ctx.log("s22");
            return;
        }
    };
    ctx.log(format!("m3={m3}"));
}
